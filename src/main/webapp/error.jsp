<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true"
%><%@ taglib prefix="fmt" uri="jakarta.tags.fmt"
%><%-- The 500 page. Plain JSP, not Faces: it must show when the application itself failed. It links
     the theme's stylesheet as a file and repeats a minimal header of the site. It speaks the language every
     page would (the member's, the switch's, the browser's); when even that cannot be worked out, the
     browser's first language Idealoop speaks, else English. --%><%
    org.idealoop.domain.member.Language language;
    try {
        language = jakarta.enterprise.inject.spi.CDI.current()
                .select(org.idealoop.application.CurrentLanguage.class).get().language();
    } catch (RuntimeException failedToo) {
        language = org.idealoop.domain.member.Language.firstOf(java.util.Collections.list(request.getLocales()))
                .orElse(org.idealoop.domain.member.Language.ENGLISH);
    }
    jakarta.servlet.jsp.jstl.core.Config.set(request, jakarta.servlet.jsp.jstl.core.Config.FMT_LOCALE, language.locale());
%><fmt:setBundle basename="org.idealoop.messages"
/><!DOCTYPE html>
<html lang="<%= language.tag() %>" dir="<%= language.isRightToLeft() ? "rtl" : "ltr" %>">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><fmt:message key="error.failed.title"/> · <fmt:message key="app.name"/></title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/resources/idealoop-theme/idealoop.css">
    <%-- the layout's colours come from a theme: light, or dark when the system asks for it --%>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/resources/idealoop-themes/light/theme.css" media="(prefers-color-scheme: light)">
    <link rel="stylesheet" href="${pageContext.request.contextPath}/resources/idealoop-themes/dark/theme.css" media="(prefers-color-scheme: dark)">
</head>
<body class="idealoop">
<a class="il-skip" href="#main"><fmt:message key="nav.skip"/></a>
<header class="il-header">
    <a class="il-brand" href="${pageContext.request.contextPath}/">
        <img src="${pageContext.request.contextPath}/resources/idealoop-theme/logo.svg" alt="" width="32" height="32">
        <span><fmt:message key="app.name"/></span>
    </a>
</header>
<main class="il-main" id="main" tabindex="-1">
    <section class="il-card il-error-page" id="error">
        <h1><fmt:message key="error.failed.title"/></h1>
        <p><fmt:message key="error.failed.text"/></p>
        <p class="il-error-ways"><a href="${pageContext.request.contextPath}/" id="back" class="il-link-cta"><fmt:message key="error.back"/></a></p>
    </section>
</main>
<footer class="il-footer"><fmt:message key="app.footer"/></footer>
</body>
</html>
