/**
 * What every step shares: job parameter and context keys, the run mode, the outcome
 * writer and the stop on a signal.
 */
@NullMarked
package com.example.seamrevoke.job.support;

import org.jspecify.annotations.NullMarked;
