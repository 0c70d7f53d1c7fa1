/**
 * Reading revocation lists: CSV dialects of spreadsheet exports, layout detection and the
 * restartable reader.
 */
@NullMarked
package com.example.seamrevoke.input;

import org.jspecify.annotations.NullMarked;
