/** Shared kernel: the business exception type every module throws, the district clock, the Idempotency-Key store. */
package org.ducha.shared;
