package org.idealoop.interfaces.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links of a searchable, paged admin list: its search text and page travel in the query string. */
final class ListLinks {

    private ListLinks() {
    }

    /** {@code ?q=...&page=n} for the list at {@code path} (the search text left out when blank). */
    static String page(String path, String q, int page) {
        StringBuilder link = new StringBuilder(path).append("?page=").append(page);
        if (q != null && !q.isBlank()) {
            link.append("&q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
