package org.idealoop.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.FacesException;
import java.time.Duration;
import java.util.Optional;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.DomainException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.member.ThrottledException;
import org.junit.jupiter.api.Test;

/** What a page answers to each kind of domain error, without a running Faces. */
class DomainErrorsTest {

    @Test
    void anInvalidFieldIsItsMessageBesideTheField() {
        DomainErrors.Message message = message(new InvalidFieldException("slaHours", "team.sla.range"), true);

        assertEquals("slaHours", message.field());
        assertEquals("team.sla.range", message.key());
        assertArrayEquals(new Object[0], message.arguments());
        assertEquals(FacesMessage.SEVERITY_ERROR, message.severity());
    }

    @Test
    void aConflictIsAnInvalidFieldToo() {
        DomainErrors.Message message = message(new ConflictException("slug", "team.slug.taken"), true);

        assertEquals("slug", message.field());
        assertEquals("team.slug.taken", message.key());
    }

    @Test
    void aRefusalNamingNoFieldGoesToTheTopOfTheForm() {
        DomainErrors.Message forbidden = message(new ForbiddenException("inbox.forbidden"), true);
        DomainErrors.Message notSignedIn = message(new NotSignedInException("auth.required"), false);

        assertNull(forbidden.field());
        assertEquals("inbox.forbidden", forbidden.key());
        assertNull(notSignedIn.field());
        assertEquals("auth.required", notSignedIn.key());
    }

    @Test
    void aThrottleSaysHowLongToWait() {
        DomainErrors.Message message = message(new ThrottledException(Duration.ofSeconds(42), "rate.ideas"), true);

        assertEquals("rate.ideas", message.key());
        assertArrayEquals(new Object[] {42L}, message.arguments());
        assertNull(message.field());
    }

    @Test
    void somethingGoneAfterAPostIsAMessageButAPageOpenedForNothingIsTheNotFoundPage() {
        assertEquals("page.gone", message(new NotFoundException("idea 7"), true).key());
        assertEquals(new DomainErrors.ErrorPage(404), DomainErrors.answer(new NotFoundException("idea 7"), false));
    }

    @Test
    void aRefusalOfAViewActionStaysAMessageOnThePage() {
        DomainErrors.Message message = message(new ForbiddenException("auth.forbidden"), false);

        assertEquals("auth.forbidden", message.key());
        assertNull(message.field());
    }

    @Test
    void theDomainErrorIsFoundInsideTheWrappersOfTheContainer() {
        InvalidFieldException invalid = new InvalidFieldException("title", "idea.title.length");
        Throwable wrapped = new FacesException(new EJBException(new RuntimeException(invalid)));

        Optional<DomainException> found = DomainErrors.refusal(wrapped);

        assertSame(invalid, found.orElseThrow());
    }

    @Test
    void otherErrorsAreLeftToTheNextHandler() {
        assertTrue(DomainErrors.refusal(new FacesException(new IllegalStateException("bug"))).isEmpty());
        assertTrue(DomainErrors.refusal(null).isEmpty());
    }

    private static DomainErrors.Message message(DomainException refusal, boolean postback) {
        return (DomainErrors.Message) DomainErrors.answer(refusal, postback);
    }
}
