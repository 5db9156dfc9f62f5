package org.idealoop.domain.member;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberValuesTest {

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertEquals("ada@example.org", new EmailAddress("  Ada@Example.ORG ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "@example.org", "ada@", "Ada <ada@example.org>", "a@b.", "two@@example.org",
            "a b@example.org", "ada@example.org, bob@example.org"})
    void malformedEmailsAreRefusedNamingTheField(String email) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> new EmailAddress(email));
        assertEquals("email", e.field());
    }

    @Test
    void overlongEmailIsRefused() {
        assertThrows(InvalidFieldException.class, () -> new EmailAddress("a".repeat(250) + "@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "123456789", "password123", "QWERTYUIOP", "1234567890", "          ",
            "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000", "zzzzzzzzzzzz"})
    void shortOrCommonPasswordsAreRefused(String password) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> PasswordPolicy.check("password", password));
        assertEquals("password", e.field());
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "correct horse battery"));
        assertThrows(InvalidFieldException.class, () -> PasswordPolicy.check("password", "x".repeat(201)));
    }

    @Test
    void displayNameCollapsesWhiteSpaceAndRefusesControlCharacters() {
        assertEquals("Ada Lovelace", new DisplayName("  Ada \t  Lovelace ").value());
        assertThrows(InvalidFieldException.class, () -> new DisplayName("A"));
        assertThrows(InvalidFieldException.class, () -> new DisplayName("Bad\u0007Bell"));
        assertThrows(InvalidFieldException.class, () -> new DisplayName("x".repeat(61)));
    }

    @Test
    void initialsTakeTheFirstLettersOfTwoWords() {
        assertEquals("AL", DisplayName.initials("ada lovelace byron"));
        assertEquals("É", DisplayName.initials("élodie"));
    }

    @Test
    void deletingAMemberKeepsTheRowButForgetsThePerson() {
        Member member = Member.signUp(new EmailAddress("dan@example.org"), new DisplayName("Dan"), "hash",
                java.time.Instant.now());
        member.assignRoles(java.util.EnumSet.of(Role.MODERATOR));

        member.delete(java.time.Instant.now());

        assertEquals(Member.FORMER_MEMBER, member.displayName());
        assertEquals(java.util.Optional.empty(), member.email());
        assertEquals(java.util.Optional.empty(), member.passwordHash());
        assertEquals(false, member.isActive());
        assertEquals(java.util.Set.of(), member.roles());
    }

    @Test
    void everyMemberKeepsTheMemberRole() {
        Member member = Member.signUp(new EmailAddress("pat@example.org"), new DisplayName("Pat"), "hash",
                java.time.Instant.now());

        member.assignRoles(java.util.EnumSet.of(Role.PRODUCT_MANAGER));

        assertEquals(java.util.EnumSet.of(Role.MEMBER, Role.PRODUCT_MANAGER), member.roles());
        assertEquals(true, member.isStaff());
    }
}
