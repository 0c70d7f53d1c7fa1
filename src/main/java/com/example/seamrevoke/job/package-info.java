/**
 * The revocation job's flow: three steps (expand, revoke, verify) and the listeners
 * around the job. The steps live in packages of their own and never import this one.
 */
@NullMarked
package com.example.seamrevoke.job;

import org.jspecify.annotations.NullMarked;
