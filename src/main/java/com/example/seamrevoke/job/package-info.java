/**
 * The Spring Batch job: its configuration, the launcher that finds, recovers and resumes
 * job instances, and the run summary.
 */
@NullMarked
package com.example.seamrevoke.job;

import org.jspecify.annotations.NullMarked;
