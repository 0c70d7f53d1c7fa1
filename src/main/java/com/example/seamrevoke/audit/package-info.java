/**
 * The evidence of a run for an auditor (docs/audit-page.md): the page written beside each
 * report, built from the outcome table and the run's facts, and the history of runs read
 * from the job repository.
 */
@NullMarked
package com.example.seamrevoke.audit;

import org.jspecify.annotations.NullMarked;
