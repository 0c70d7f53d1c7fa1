/**
 * The revoke step: rows revoked on workers, their calls started ahead of the chunk so no
 * worker waits at a chunk boundary.
 */
@NullMarked
package com.example.seamrevoke.job.revoke;

import org.jspecify.annotations.NullMarked;
