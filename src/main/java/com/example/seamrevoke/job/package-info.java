/**
 * The revocation job's flow: four steps (expand, removeGrants, revoke, verify), the
 * deciders that skip what a run does not need, and the listeners around the job (the
 * report and its audit page). The steps live in packages of their own and never import
 * this one.
 */
@NullMarked
package com.example.seamrevoke.job;

import org.jspecify.annotations.NullMarked;
