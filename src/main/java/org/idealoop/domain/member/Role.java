package org.idealoop.domain.member;

/** What a member may do. Staff roles are {@link #PRODUCT_MANAGER}, {@link #MODERATOR} and {@link #ADMIN}. */
public enum Role {
    MEMBER,
    PRODUCT_MANAGER,
    MODERATOR,
    ADMIN;

    public boolean isStaff() {
        return this != MEMBER;
    }

    /** Role names as Jakarta Security sees them (@RolesAllowed, web.xml). */
    public static final class Names {
        public static final String MEMBER = "MEMBER";
        public static final String PRODUCT_MANAGER = "PRODUCT_MANAGER";
        public static final String MODERATOR = "MODERATOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
