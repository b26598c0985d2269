/** Shared kernel: the business exception type every module throws and the district clock. */
package org.ducha.shared;
