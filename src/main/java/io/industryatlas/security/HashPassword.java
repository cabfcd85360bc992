package io.industryatlas.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Prints the hash of a password for {@code atlas.security.accounts[*].password}: reads
 * the password from the console without echo (or one line of standard input) and prints
 * {@code {bcrypt}$2a$10$...}. See the README on creating the first administrator.
 */
public final class HashPassword {

	private HashPassword() {
	}

	public static void main(String[] args) throws IOException {
		Console console = System.console();
		String password;
		if (console != null) {
			char[] typed = console.readPassword("Password: ");
			char[] again = console.readPassword("Again: ");
			if (typed == null || again == null || !new String(typed).equals(new String(again))) {
				System.err.println("The passwords differ.");
				System.exit(1);
				return;
			}
			password = new String(typed);
		}
		else {
			password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		if (password == null || password.length() < 12) {
			System.err.println("Use a password of at least 12 characters.");
			System.exit(1);
			return;
		}
		System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
	}

}
