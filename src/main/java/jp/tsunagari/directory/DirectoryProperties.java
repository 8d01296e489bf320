package jp.tsunagari.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the organisation directory comes from.
 *
 * @param file a Spring resource location; blank means no directory (only the system accounts are created)
 * @param acceptFilePasswords whether users of the file may carry passwords; true in the demo profile only
 */
@ConfigurationProperties("tsunagari.directory")
record DirectoryProperties(String file, boolean acceptFilePasswords) {
}
