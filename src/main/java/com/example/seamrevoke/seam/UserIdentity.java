package com.example.seamrevoke.seam;

import org.jspecify.annotations.Nullable;

/** The fields of Seam's {@code user_identity} this job uses. */
public record UserIdentity(String userIdentityId, @Nullable String userIdentityKey, @Nullable String displayName) {

}
