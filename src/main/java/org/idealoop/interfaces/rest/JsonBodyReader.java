package org.idealoop.interfaces.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.idealoop.application.Messages;
import org.idealoop.domain.InvalidFieldException;

/**
 * Reads every JSON request body of the API (its request records) through
 * {@link JsonBodies}: bodies over {@value #MAX_BYTES} bytes are refused with 413, bytes that are not
 * UTF-8 and text that is not JSON with 400, and values of the wrong shape with 400 naming the field.
 * Declared for {@link Record}, it is closer to a request record than the container's JSON-B reader
 * (declared for Object), so Jersey always picks it.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Record> {

    static final int MAX_BYTES = 1 << 20;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return (Record) JsonBodies.bind(JsonBodies.parse(text(entity)), type, genericType);
    }

    private static String text(InputStream entity) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = entity.read(buffer)) != -1) {
            if (bytes.size() + read > MAX_BYTES) {
                throw new WebApplicationException(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        Messages.text(ProblemMappers.locale(), "api.body.tooLarge", MAX_BYTES / 1024)).toResponse());
            }
            bytes.write(buffer, 0, read);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidFieldException(null, "api.body.encoding");
        }
    }
}
