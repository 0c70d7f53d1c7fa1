/**
 * The job repository's database as the operator names it: what an H2 URL means, its
 * directory kept owner-only, and its schema brought to the jar's migrations before
 * anything uses it.
 */
@NullMarked
package com.example.seamrevoke.database;

import org.jspecify.annotations.NullMarked;
