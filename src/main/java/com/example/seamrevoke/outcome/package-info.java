/**
 * The system of record: the {@code revocation_outcome} table and the report exported from
 * it.
 */
@NullMarked
package com.example.seamrevoke.outcome;

import org.jspecify.annotations.NullMarked;
