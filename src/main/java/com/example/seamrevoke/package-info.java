/**
 * The application class: the command starts here and lives in cli.
 */
@NullMarked
package com.example.seamrevoke;

import org.jspecify.annotations.NullMarked;
