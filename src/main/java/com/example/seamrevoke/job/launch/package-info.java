/**
 * Launching a run: which job instance it is, starting or resuming it, and the summary of
 * how it ended.
 */
@NullMarked
package com.example.seamrevoke.job.launch;

import org.jspecify.annotations.NullMarked;
