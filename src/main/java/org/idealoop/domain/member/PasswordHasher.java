package org.idealoop.domain.member;

/** One-way password hashing (PBKDF2 or stronger). Passwords are never stored or logged. */
public interface PasswordHasher {

    String hash(String password);

    boolean verify(String password, String storedHash);
}
