/**
 * The job repository's database as the operator names it: what an H2 URL means, and its
 * directory kept owner-only.
 */
@NullMarked
package com.example.seamrevoke.database;

import org.jspecify.annotations.NullMarked;
