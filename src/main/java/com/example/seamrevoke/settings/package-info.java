/**
 * The job's settings, bound from {@code revoke.*} properties and the {@code SEAM_*}
 * environment variables.
 */
@NullMarked
package com.example.seamrevoke.settings;

import org.jspecify.annotations.NullMarked;
