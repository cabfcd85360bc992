package io.industryatlas;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Logs test requests in: HTTP Basic with the test accounts, or bearer JWTs signed with
 * the test key that the app's resource server trusts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Logins {

	private final HttpGraphQlTester tester;

	public Logins(HttpGraphQlTester tester) {
		this.tester = tester;
	}

	/** The tester, logged in as a test account (password: name + "-pass"). */
	public HttpGraphQlTester as(String username) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + username + "-pass").getBytes(StandardCharsets.UTF_8));
		return this.tester.mutate().header("Authorization", "Basic " + credentials).build();
	}

	/** The tester, anonymous. */
	public HttpGraphQlTester anonymous() {
		return this.tester;
	}

	/** The tester with a bearer JWT carrying {@code claims}, valid for five minutes. */
	public HttpGraphQlTester bearer(Map<String, Object> claims) {
		return this.tester.mutate()
			.header("Authorization", "Bearer " + jwt(claims, Instant.now().plusSeconds(300)))
			.build();
	}

	/** A JWT signed with the test key. */
	public static String jwt(Map<String, Object> claims, Instant expires) {
		try {
			JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issueTime(new java.util.Date())
				.expirationTime(java.util.Date.from(expires));
			claims.forEach(builder::claim);
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
			jwt.sign(new RSASSASigner(privateKey()));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAPrivateKey privateKey() throws Exception {
		String pem = new ClassPathResource("security/test-private.pem").getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("-----[A-Z ]+-----", "")
			.replaceAll("\\s", "");
		return (RSAPrivateKey) KeyFactory.getInstance("RSA")
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
	}

}
