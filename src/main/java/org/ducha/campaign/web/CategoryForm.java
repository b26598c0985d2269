package org.ducha.campaign.web;

/** The form to add a category (code and name), or to rename one (name only). */
public class CategoryForm {

	private String code;
	private String name;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}
}
