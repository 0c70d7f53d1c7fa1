/**
 * The command: option parsing, exit codes and the entry point. Nothing else imports it.
 */
@NullMarked
package com.example.seamrevoke;

import org.jspecify.annotations.NullMarked;
