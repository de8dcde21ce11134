using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>Job titles by department and band, so a directory reads like a real company's.</summary>
public static class Titles
{
    /// <summary>The eight departments and the share of people in each.</summary>
    public static IReadOnlyList<(string Name, double Share)> Departments { get; } =
    [
        ("Engineering", 0.22),
        ("Product", 0.10),
        ("Marketing", 0.11),
        ("Sales", 0.16),
        ("Finance", 0.09),
        ("Operations", 0.14),
        ("People & Culture", 0.06),
        ("Customer Success", 0.12),
    ];

    public static IReadOnlyList<string> For(string department, Band band) => (department, band) switch
    {
        ("Engineering", Band.Executive) => ["Chief Technology Officer", "VP Engineering", "VP Platform"],
        ("Engineering", Band.Senior) => ["Engineering Manager", "Principal Engineer", "Staff Engineer", "Head of Infrastructure"],
        ("Engineering", Band.Mid) => ["Software Engineer", "Senior Software Engineer", "Site Reliability Engineer", "QA Engineer"],
        ("Engineering", _) => ["Graduate Software Engineer", "Junior Developer", "Software Engineering Apprentice", "Associate Engineer"],
        ("Product", Band.Executive) => ["Chief Product Officer", "VP Product"],
        ("Product", Band.Senior) => ["Group Product Manager", "Head of Design", "Principal Product Manager"],
        ("Product", Band.Mid) => ["Product Manager", "Product Designer", "UX Researcher"],
        ("Product", _) => ["Associate Product Manager", "Junior Product Designer", "Product Analyst"],
        ("Marketing", Band.Executive) => ["Chief Marketing Officer", "VP Brand"],
        ("Marketing", Band.Senior) => ["Head of Brand", "Marketing Director", "Head of Growth"],
        ("Marketing", Band.Mid) => ["Content Strategist", "Campaign Manager", "SEO Specialist", "Brand Manager"],
        ("Marketing", _) => ["Social Media Coordinator", "Marketing Assistant", "Content Creator", "Digital Marketing Graduate"],
        ("Sales", Band.Executive) => ["Chief Revenue Officer", "VP Sales"],
        ("Sales", Band.Senior) => ["Regional Sales Director", "Head of Partnerships", "Key Account Director"],
        ("Sales", Band.Mid) => ["Account Executive", "Partnership Manager", "Sales Engineer"],
        ("Sales", _) => ["Sales Development Representative", "Business Development Associate", "Inside Sales Graduate"],
        ("Finance", Band.Executive) => ["Chief Financial Officer", "VP Finance"],
        ("Finance", Band.Senior) => ["Financial Controller", "Head of FP&A", "Treasury Manager"],
        ("Finance", Band.Mid) => ["Financial Analyst", "Management Accountant", "Procurement Specialist"],
        ("Finance", _) => ["Finance Graduate", "Accounts Assistant", "Junior Financial Analyst"],
        ("Operations", Band.Executive) => ["Chief Operating Officer", "VP Operations"],
        ("Operations", Band.Senior) => ["Operations Director", "Head of Supply Chain", "Head of Facilities"],
        ("Operations", Band.Mid) => ["Operations Manager", "Logistics Planner", "Process Improvement Lead"],
        ("Operations", _) => ["Operations Coordinator", "Logistics Apprentice", "Operations Graduate"],
        ("People & Culture", Band.Executive) => ["Chief People Officer"],
        ("People & Culture", Band.Senior) => ["Head of Talent", "HR Business Partner", "Head of Learning"],
        ("People & Culture", Band.Mid) => ["Recruiter", "L&D Specialist", "People Partner"],
        ("People & Culture", _) => ["HR Coordinator", "Talent Acquisition Assistant", "People Graduate"],
        ("Customer Success", Band.Executive) => ["VP Customer Success", "Chief Customer Officer"],
        ("Customer Success", Band.Senior) => ["Head of Support", "Customer Success Director"],
        ("Customer Success", Band.Mid) => ["Customer Success Manager", "Support Team Lead", "Onboarding Specialist"],
        ("Customer Success", _) => ["Customer Support Associate", "Customer Success Graduate", "Community Moderator"],
        _ => ["Specialist"],
    };
}
