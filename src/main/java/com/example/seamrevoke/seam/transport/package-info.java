/**
 * The HTTP under the Seam client: one blocking call per request, the endpoint and its
 * checks, the rate control, Retry-After, and the wire log without the key. Knows nothing
 * of what Seam answers mean.
 */
@NullMarked
package com.example.seamrevoke.seam.transport;

import org.jspecify.annotations.NullMarked;
