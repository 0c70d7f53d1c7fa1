/**
 * The Seam client: one HTTP call per row, the classification of Seam's answers, retries
 * with backoff, the rate limit and the guard that stops a run.
 */
@NullMarked
package com.example.seamrevoke.seam;

import org.jspecify.annotations.NullMarked;
