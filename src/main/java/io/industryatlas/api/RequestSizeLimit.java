package io.industryatlas.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies over {@code atlas.api.limits.max-request-bytes} with 413
 * and a GraphQL-shaped error, before anything is parsed. A body without a length is read
 * up to the limit and no further.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(ApiProperties properties) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(properties.limits().maxRequestBytes()));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final int max;

		Filter(int max) {
			this.max = max;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long length = request.getContentLengthLong();
			if (length > this.max) {
				refuse(response);
				return;
			}
			if (length >= 0) {
				chain.doFilter(request, response);
				return;
			}
			byte[] body = readAtMost(request.getInputStream(), this.max + 1);
			if (body.length > this.max) {
				refuse(response);
				return;
			}
			chain.doFilter(new CachedBody(request, body), response);
		}

		private void refuse(HttpServletResponse response) throws IOException {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The request body is larger than %d bytes\",\"extensions\":{\"classification\":\"BAD_REQUEST\",\"limit\":\"maxRequestBytes\"}}]}"
					.formatted(this.max));
		}

		private static byte[] readAtMost(InputStream in, int limit) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int read;
			while (out.size() < limit
					&& (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}

	}

	/** A request whose body was read ahead. */
	static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body was read ahead");
				}
			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
