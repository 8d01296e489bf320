package jp.tsunagari.survey;

/**
 * An organisation a survey found for the platform: to invite as a member or to events. E-mail or postal address
 * may be empty (never both).
 */
public record SurveyContact(String organisationName, String contactPerson, String email, String postalAddress) {
}
