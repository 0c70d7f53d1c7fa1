/**
 * The verify step: Seam's own lists asked again after the revokes, the proof a person has
 * no access left.
 */
@NullMarked
package com.example.seamrevoke.job.verify;

import org.jspecify.annotations.NullMarked;
