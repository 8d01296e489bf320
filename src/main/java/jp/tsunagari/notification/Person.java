package jp.tsunagari.notification;

/** Someone to tell: user id, full name (family name first) and e-mail address from Camunda's identity service. */
public record Person(String id, String name, String email) {
}
