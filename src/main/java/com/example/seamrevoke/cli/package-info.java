/**
 * The command line: options, runs of one file or a directory, the summary JSON, exit
 * codes and start-up failures. Nothing else imports it.
 */
@NullMarked
package com.example.seamrevoke.cli;

import org.jspecify.annotations.NullMarked;
