/**
 * One runner per job instance: the embedded database's file lock, or a lease in a shared
 * database.
 */
@NullMarked
package com.example.seamrevoke.job.exclusive;

import org.jspecify.annotations.NullMarked;
