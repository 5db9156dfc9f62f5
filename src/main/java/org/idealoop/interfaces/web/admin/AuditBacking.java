package org.idealoop.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idealoop.application.AuditService;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/audit: the audit log, filtered by actor, action, target, dates and text, a page at a time
 * (keyset on the entry id), with the same filters as a CSV download. The filters are query parameters,
 * so a filtered view is a link; a bad filter is the service's refusal, shown by the page's error handler.
 */
@Named
@RequestScoped
public class AuditBacking {

    static final int PAGE = 50;

    @Inject
    AuditService audit;

    private Long actor;
    private String action;
    private String type;
    private Long id;
    private String q;
    private String from;
    private String to;
    private Long before;
    private List<AuditLogRepository.AuditEntry> entries = List.of();

    /** The view action: one service call with the filters. */
    public void load() {
        entries = audit.audit(audit.auditQuery(actor, action, type, id, q, from, to), before, PAGE);
    }

    public List<AuditLogRepository.AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getTypes() {
        return Arrays.stream(ContentType.values()).map(ContentType::id).toList();
    }

    /** The filters as a query string (without the page), for the CSV link and the next page. */
    public String getFilters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("actor", actor);
        filters.put("action", action);
        filters.put("type", type);
        filters.put("id", id);
        filters.put("q", q);
        filters.put("from", from);
        filters.put("to", to);
        return Pages.query(filters);
    }

    /** Older entries exist when this page is full. */
    public Long getNextBefore() {
        return entries.size() < PAGE ? null : entries.get(entries.size() - 1).id();
    }

    public Long getActor() {
        return actor;
    }

    public void setActor(Long actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
