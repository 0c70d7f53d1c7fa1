/**
 * What the audit page says, built from the outcome rows and the run's facts: the
 * headline, each person's status, what was removed and what remains, failures, the
 * timeline, leave dates and the population. Knows nothing of files or templates.
 */
@NullMarked
package com.example.seamrevoke.audit.model;

import org.jspecify.annotations.NullMarked;
