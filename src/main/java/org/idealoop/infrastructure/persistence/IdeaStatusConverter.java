package org.idealoop.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.idealoop.domain.idea.IdeaStatus;

/** Statuses are stored by their stable lower-case id ("under_review"), as in the API. */
@Converter(autoApply = true)
public class IdeaStatusConverter implements AttributeConverter<IdeaStatus, String> {

    @Override
    public String convertToDatabaseColumn(IdeaStatus status) {
        return status == null ? null : status.id();
    }

    @Override
    public IdeaStatus convertToEntityAttribute(String id) {
        return id == null ? null : IdeaStatus.fromId(id).orElseThrow(() -> new IllegalStateException("Unknown status " + id));
    }
}
