/**
 * The expand step: a person becomes one recorded row per thing they can open, before
 * anything is removed.
 */
@NullMarked
package com.example.seamrevoke.job.expand;

import org.jspecify.annotations.NullMarked;
