package org.idealoop.interfaces.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.idealoop.interfaces.web.Pages;

/** Links of a searchable, paged admin list: its search text, page and picked item travel in the query string. */
final class ListLinks {

    private ListLinks() {
    }

    /** {@code path?page=n&q=...} for the list at {@code path} (the search text left out when blank). */
    static String page(String path, String q, int page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("page", page);
        parameters.put("q", q);
        return of(path, parameters);
    }

    /** Another page of a search, with the context path: {@code path?q=...&page=n} (page left out for the first). */
    static String searchPage(String path, String q, int page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("page", page > 1 ? page : null);
        return absolute(path, parameters);
    }

    /** One item of a search ({@code path?name=id&q=...&page=n}, with the context path): its page leads back. */
    static String item(String path, String name, long id, String q, Integer page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(name, id);
        parameters.put("q", q);
        parameters.put("page", page);
        return absolute(path, parameters);
    }

    /** {@code path?...} with the parameters in their order; null and blank ones are left out. */
    static String of(String path, Map<String, ?> parameters) {
        String query = Pages.query(parameters);
        return path + (query.isEmpty() ? "" : "?" + query);
    }

    /** {@link #of} with the application's context path in front, for a link written as is into the page. */
    static String absolute(String path, Map<String, ?> parameters) {
        return Pages.request().getContextPath() + of(path, parameters);
    }
}
