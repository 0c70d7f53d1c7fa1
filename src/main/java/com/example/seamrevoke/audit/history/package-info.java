/**
 * The history of runs (--history), read from the job repository, as a table or JSON.
 */
@NullMarked
package com.example.seamrevoke.audit.history;

import org.jspecify.annotations.NullMarked;
