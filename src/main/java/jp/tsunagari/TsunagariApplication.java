package jp.tsunagari;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TsunagariApplication {

	public static void main(String[] args) {
		SpringApplication.run(TsunagariApplication.class, args);
	}

}
