package jp.tsunagari.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import jp.tsunagari.system.EngineNode;

@EngineNode
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

	@Bean
	DirectoryFile directoryFile(DirectoryProperties properties, ResourceLoader resources) {
		if (properties.file() == null || properties.file().isBlank()) {
			return DirectoryFile.EMPTY;
		}
		return new DirectoryFileReader(properties.acceptFilePasswords()).read(resources.getResource(properties.file()));
	}

	@Bean
	OrganisationDirectory organisationDirectory(DirectoryFile directoryFile) {
		return new OrganisationDirectory(directoryFile.organisations());
	}

}
