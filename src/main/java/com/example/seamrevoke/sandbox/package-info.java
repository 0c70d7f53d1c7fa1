/**
 * An embedded stand-in for Seam on 127.0.0.1, for the quickstart and rehearsals.
 */
@NullMarked
package com.example.seamrevoke.sandbox;

import org.jspecify.annotations.NullMarked;
