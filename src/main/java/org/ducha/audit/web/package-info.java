/** The auditor's page and API over the audit log. */
package org.ducha.audit.web;
