package jp.tsunagari;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// sign-in goes against Camunda's identity service, never a generated in-memory user
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class TsunagariApplication {

	public static void main(String[] args) {
		SpringApplication.run(TsunagariApplication.class, args);
	}

}
