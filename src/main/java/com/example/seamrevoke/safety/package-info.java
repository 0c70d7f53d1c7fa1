/**
 * Hygiene for what crosses the tool's edges: text from a file or from Seam made safe to
 * print and store, and files other users of the machine cannot read. It imports nothing
 * else of the project, so every package may use it.
 */
@NullMarked
package com.example.seamrevoke.safety;

import org.jspecify.annotations.NullMarked;
