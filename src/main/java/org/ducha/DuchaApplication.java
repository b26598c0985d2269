package org.ducha;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DuchaApplication {

	public static void main(String[] args) {
		SpringApplication.run(DuchaApplication.class, args);
	}
}
