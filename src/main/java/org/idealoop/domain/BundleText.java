package org.idealoop.domain;

/**
 * An argument of a message that is itself a text of the bundle (a status's label, say), so that a
 * refusal can name a thing in the reader's language without the domain knowing the language.
 */
public record BundleText(String key) {
}
