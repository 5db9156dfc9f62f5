package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.BlockedWordService;
import org.idealoop.domain.member.Role;

/** Words refused in ideas, comments and stories, for admins; the rules of each word are in BlockedWord. */
@Path("admin/blocked-words")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlockedWordsResource {

    @Inject
    BlockedWordService blockedWords;

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Words refused in ideas and comments")
    public WordsDto blockedWords() {
        return new WordsDto(blockedWords.blockedWords());
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the list of words refused in ideas and comments")
    public WordsDto replaceBlockedWords(WordsDto body) {
        return new WordsDto(blockedWords.replaceBlockedWords(body == null ? null : body.words()));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add one word to the refused words (201 with the whole list; 409 when it is listed already)")
    public Response addBlockedWord(WordDto body) {
        blockedWords.addBlockedWord(body == null ? null : body.word());
        return Response.status(Response.Status.CREATED).entity(new WordsDto(blockedWords.blockedWords())).build();
    }

    @DELETE
    @Path("{word}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Take one word off the refused words (404 when it is not listed)")
    public Response removeBlockedWord(@PathParam("word") String word) {
        blockedWords.removeBlockedWord(word);
        return Response.noContent().build();
    }

    public record WordsDto(List<String> words) {
    }

    public record WordDto(String word) {
    }
}
