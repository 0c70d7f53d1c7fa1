/**
 * A run's progress: a live line on a terminal, or a log line for schedulers.
 */
@NullMarked
package com.example.seamrevoke.job.progress;

import org.jspecify.annotations.NullMarked;
