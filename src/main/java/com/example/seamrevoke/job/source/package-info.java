/**
 * Where a step's requests come from: the input file or a rerun's FAILED rows
 * (deduplicated), or the rows an expansion recorded, read a page at a time.
 */
@NullMarked
package com.example.seamrevoke.job.source;

import org.jspecify.annotations.NullMarked;
